window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1620000000000000555",
      "fullText" : "Fika at four, as always ☕",
      "expandedUrl" : "https://twitter.com/i/web/status/1620000000000000555"
    }
  }
]
