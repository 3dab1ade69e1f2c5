window.YTD.follower.part0 = [ {
  "follower" : {
    "accountId" : "12",
    "userLink" : "https://twitter.com/intent/user?user_id=12"
  }
} ]
