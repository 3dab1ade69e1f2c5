window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1625199999000000999",
      "updatedAt" : "2023-02-13T16:20:05.000Z",
      "lifecycle" : {
        "value" : "live",
        "name" : "Live",
        "originalName" : "live",
        "annotations" : { }
      },
      "createdAt" : "2023-02-13T16:20:05.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Packing list for the ridge trip, thread-free edition: @kwame_m brings the stove, I bring the tent and the maps, and everyone brings more socks than they think they need. Snacks are a shared responsibility but somebody has to carry the thermos of cocoa, and I nominate @hana_k. @sorenhaug, your playlist is mandatory. @marenlind out.",
        "mentions" : [
          {
            "screenName" : "kwame_m",
            "fromIndex" : "54",
            "toIndex" : "62"
          },
          {
            "screenName" : "hana_k",
            "fromIndex" : "263",
            "toIndex" : "270"
          },
          {
            "screenName" : "sorenhaug",
            "fromIndex" : "272",
            "toIndex" : "282"
          },
          {
            "screenName" : "marenlind",
            "fromIndex" : "310",
            "toIndex" : "320"
          }
        ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]
