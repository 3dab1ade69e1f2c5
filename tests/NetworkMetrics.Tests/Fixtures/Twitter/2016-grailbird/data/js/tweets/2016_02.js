Grailbird.data.tweets_2016_02 = 
 [ {
  "source" : "\u003Ca href=\"http:\/\/twitter.com\" rel=\"nofollow\"\u003ETwitter Web Client\u003C\/a\u003E",
  "entities" : {
    "user_mentions" : [ ],
    "media" : [ ],
    "hashtags" : [ ],
    "urls" : [ ]
  },
  "geo" : { },
  "id_str" : "703000000000000003",
  "text" : "Spring is coming to the fjord",
  "id" : 703000000000000003,
  "created_at" : "2016-02-26 09:12:44 +0000",
  "user" : {
    "name" : "Liv Andersen",
    "screen_name" : "liv_andersen",
    "protected" : false,
    "id_str" : "800000001",
    "id" : 800000001,
    "verified" : false
  }
} ]
