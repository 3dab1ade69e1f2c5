window.YTD.tweet.part0 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mateo Silva",
            "screen_name" : "mateo_s",
            "indices" : [
              "15",
              "23"
            ],
            "id_str" : "1400000001",
            "id" : "1400000001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "9",
      "id_str" : "1430000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1430000000000000001",
      "created_at" : "Sun Aug 22 05:30:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Kia ora koutou @mateo_s, welcome to Aotearoa!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "30"
      ],
      "favorite_count" : "2",
      "id_str" : "1420000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1420000000000000002",
      "created_at" : "Thu Jul 29 18:00:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Kūmara season is the best season",
      "lang" : "en"
    }
  }
]
