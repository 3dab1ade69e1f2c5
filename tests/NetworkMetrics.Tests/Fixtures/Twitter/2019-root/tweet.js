window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Émilie Durand",
      "screen_name" : "emilie_d",
      "indices" : [ "0", "9" ],
      "id_str" : "950000004",
      "id" : "950000004"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "44" ],
  "favorite_count" : "2",
  "in_reply_to_status_id_str" : "1100000000000000001",
  "id_str" : "1100000000000000801",
  "in_reply_to_user_id" : "950000004",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1100000000000000801",
  "in_reply_to_status_id" : "1100000000000000001",
  "created_at" : "Tue Mar 05 19:20:44 +0000 2019",
  "favorited" : false,
  "full_text" : "@emilie_d Félicitations pour la soutenance !",
  "lang" : "fr",
  "in_reply_to_screen_name" : "emilie_d",
  "in_reply_to_user_id_str" : "950000004"
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ {
      "name" : "Sione Tupou",
      "screen_name" : "sione_t",
      "indices" : [ "22", "30" ],
      "id_str" : "950000002",
      "id" : "950000002"
    } ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "52" ],
  "favorite_count" : "5",
  "id_str" : "1090000000000000802",
  "truncated" : false,
  "retweet_count" : "1",
  "id" : "1090000000000000802",
  "created_at" : "Sun Feb 10 11:00:00 +0000 2019",
  "favorited" : false,
  "full_text" : "Best pickup game with @sione_t and the crew this morning",
  "lang" : "en"
}, {
  "retweeted" : false,
  "source" : "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
  "entities" : {
    "hashtags" : [ ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "display_text_range" : [ "0", "25" ],
  "favorite_count" : "0",
  "id_str" : "1080000000000000803",
  "truncated" : false,
  "retweet_count" : "0",
  "id" : "1080000000000000803",
  "created_at" : "Thu Jan 03 07:07:07 +0000 2019",
  "favorited" : false,
  "full_text" : "New year, new running shoes",
  "lang" : "en"
} ]
