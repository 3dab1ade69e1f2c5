Grailbird.data.tweets_2016_01 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ {
      "indices" : [ 0, 9 ],
      "screen_name" : "rasmus_k",
      "id_str" : "800000002",
      "name" : "Rasmus Kjær",
      "id" : 800000002
    } ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "in_reply_to_status_id_str" : "689000000000000001",
  "geo" : { },
  "id_str" : "690000000000000002",
  "in_reply_to_user_id" : 800000002,
  "text" : "@rasmus_k see you at the library",
  "id" : 690000000000000002,
  "in_reply_to_status_id" : 689000000000000001,
  "created_at" : "2016-01-21 18:00:00 +0000",
  "in_reply_to_screen_name" : "rasmus_k",
  "in_reply_to_user_id_str" : "800000002",
  "user" : {
    "name" : "Liv Andersen",
    "screen_name" : "liv_andersen",
    "protected" : false,
    "id_str" : "800000001",
    "id" : 800000001,
    "verified" : false
  }
} ]
