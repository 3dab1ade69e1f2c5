window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "950000001"
  }
}, {
  "follower" : {
    "accountId" : "950000002"
  }
}, {
  "follower" : {
    "accountId" : "950000003"
  }
} ]
