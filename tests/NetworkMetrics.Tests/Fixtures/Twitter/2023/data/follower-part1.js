window.YTD.follower.part1 = [
  {
    "follower" : {
      "accountId" : "2100000008",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000008"
    }
  },
  {
    "follower" : {
      "accountId" : "2100000009",
      "userLink" : "https://twitter.com/intent/user?user_id=2100000009"
    }
  }
]
