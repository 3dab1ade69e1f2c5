window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "2100000001",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000001"
    }
  },
  {
    "following" : {
      "accountId" : "2100000002",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000002"
    }
  },
  {
    "following" : {
      "accountId" : "2100000004",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000004"
    }
  },
  {
    "following" : {
      "accountId" : "2100000005",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000005"
    }
  },
  {
    "following" : {
      "accountId" : "2100000007",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000007"
    }
  }
]
