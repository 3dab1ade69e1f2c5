window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "林雨涵",
            "screen_name" : "lin_yuhan",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "2100000002",
            "id" : "2100000002"
          },
          {
            "name" : "Hana Kobayashi",
            "screen_name" : "hana_k",
            "indices" : [
              "26",
              "33"
            ],
            "id_str" : "2100000010",
            "id" : "2100000010"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1627000000000000705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1627000000000000705",
      "created_at" : "Sat Feb 18 12:33:11 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @lin_yuhan: 山顶的日出 with @hana_k 🌄",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Priya Natarajan",
            "screen_name" : "priya_n",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "2100000009",
            "id" : "2100000009"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "9",
        "41"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1626000000000000001",
      "id_str" : "1626000000000000706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1626000000000000706",
      "in_reply_to_status_id" : "1626000000000000001",
      "created_at" : "Wed Feb 15 09:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@priya_n That recipe was a triumph, thank you",
      "lang" : "en",
      "in_reply_to_screen_name" : "priya_n"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kwame Mensah",
            "screen_name" : "kwame_m",
            "indices" : [
              "54",
              "62"
            ],
            "id_str" : "2100000001",
            "id" : "2100000001"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/LoNgTwEeT1",
            "expanded_url" : "https://twitter.com/i/web/status/1625200000000000707",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "257",
              "280"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "280"
      ],
      "favorite_count" : "4",
      "id_str" : "1625200000000000707",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1625200000000000707",
      "created_at" : "Mon Feb 13 16:20:05 +0000 2023",
      "favorited" : false,
      "full_text" : "Packing list for the ridge trip, thread-free edition: @kwame_m brings the stove, I bring the tent and the maps, and everyone brings more socks than they think they need. Snacks are a shared responsibility but somebody has to carry the thermos of… https://t.co/LoNgTwEeT1",
      "lang" : "en"
    }
  }
]
