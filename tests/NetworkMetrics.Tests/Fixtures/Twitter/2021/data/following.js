window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "1400000001",
      "userLink" : "https://twitter.com/intent/user?user_id=1400000001"
    }
  },
  {
    "following" : {
      "accountId" : "1400000002",
      "userLink" : "https://twitter.com/intent/user?user_id=1400000002"
    }
  }
]
