window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "950000001"
  }
}, {
  "following" : {
    "accountId" : "950000004"
  }
} ]
