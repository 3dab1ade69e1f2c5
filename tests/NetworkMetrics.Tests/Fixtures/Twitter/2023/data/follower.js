window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2100000001",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000001"
    }
  },
  {
    "follower" : {
      "accountId" : "2100000002",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000002"
    }
  },
  {
    "follower" : {
      "accountId" : "2100000003",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000003"
    }
  },
  {
    "follower" : {
      "accountId" : "2100000007",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000007"
    }
  }
]
