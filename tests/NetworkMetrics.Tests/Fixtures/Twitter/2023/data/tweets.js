window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1631000000000000702"
          ],
          "editableUntil" : "2023-03-04T11:02:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "fjellvett",
            "indices" : [
              "70",
              "80"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Maren Lind 🌿",
            "screen_name" : "marenlind",
            "indices" : [
              "10",
              "20"
            ],
            "id_str" : "1200000001",
            "id" : "1200000001"
          },
          {
            "name" : "Tomás Ruiz",
            "screen_name" : "tomasruiz",
            "indices" : [
              "41",
              "51"
            ],
            "id_str" : "2100000008",
            "id" : "2100000008"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "1631000000000000702",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1631000000000000702",
      "created_at" : "Sat Mar 04 10:02:40 +0000 2023",
      "favorited" : false,
      "full_text" : "Thank you @marenlind… no wait, thank YOU @tomasruiz for the photos #fjellvett",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Олег Петренко",
            "screen_name" : "oleg_p",
            "indices" : [
              "0",
              "7"
            ],
            "id_str" : "2100000004",
            "id" : "2100000004"
          },
          {
            "name" : "Aiyana Redcloud",
            "screen_name" : "aiyana_rc",
            "indices" : [
              "8",
              "18"
            ],
            "id_str" : "2100000005",
            "id" : "2100000005"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "19",
        "56"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1630900000000000001",
      "id_str" : "1631000000000000701",
      "in_reply_to_user_id" : "2100000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631000000000000701",
      "in_reply_to_status_id" : "1630900000000000001",
      "created_at" : "Fri Mar 03 20:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@oleg_p @aiyana_rc Absolutely, count me in for Saturday!",
      "lang" : "en",
      "in_reply_to_screen_name" : "oleg_p",
      "in_reply_to_user_id_str" : "2100000004"
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
        "49"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1630800000000000001",
      "id_str" : "1631000000000000703",
      "in_reply_to_user_id" : "1200000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1631000000000000703",
      "in_reply_to_status_id" : "1630800000000000001",
      "created_at" : "Thu Mar 02 07:31:09 +0000 2023",
      "favorited" : false,
      "full_text" : "2/ and the view from the top was worth every step",
      "lang" : "en",
      "in_reply_to_screen_name" : "marenlind",
      "in_reply_to_user_id_str" : "1200000001"
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
        "38"
      ],
      "favorite_count" : "21",
      "in_reply_to_status_id_str" : null,
      "id_str" : "1631000000000000704",
      "in_reply_to_user_id" : null,
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1631000000000000704",
      "in_reply_to_status_id" : null,
      "created_at" : "Wed Mar 01 06:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Fresh snow on the ridge this morning ❄️",
      "lang" : "en",
      "in_reply_to_screen_name" : null,
      "in_reply_to_user_id_str" : null
    }
  }
]
