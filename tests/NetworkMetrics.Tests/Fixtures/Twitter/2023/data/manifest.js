window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1200000001",
    "userName" : "marenlind",
    "displayName" : "Maren Lind 🌿"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2023-03-14T09:26:53.589Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "directMessageHeaders" : {
      "files" : [
        {
          "fileName" : "data/direct-message-headers.js",
          "globalName" : "YTD.direct_message_headers.part0",
          "count" : "2"
        }
      ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [
        {
          "fileName" : "data/direct-messages.js",
          "globalName" : "YTD.direct_messages.part0",
          "count" : "3"
        }
      ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [
        {
          "fileName" : "data/direct-messages-group.js",
          "globalName" : "YTD.direct_messages_group.part0",
          "count" : "3"
        }
      ]
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "follower" : {
      "files" : [
        {
          "fileName" : "data/follower.js",
          "globalName" : "YTD.follower.part0",
          "count" : "4"
        },
        {
          "fileName" : "data/follower-part1.js",
          "globalName" : "YTD.follower.part1",
          "count" : "2"
        }
      ]
    },
    "following" : {
      "files" : [
        {
          "fileName" : "data/following.js",
          "globalName" : "YTD.following.part0",
          "count" : "5"
        }
      ]
    },
    "like" : {
      "files" : [
        {
          "fileName" : "data/like.js",
          "globalName" : "YTD.like.part0",
          "count" : "1"
        }
      ]
    },
    "noteTweet" : {
      "files" : [
        {
          "fileName" : "data/note-tweet.js",
          "globalName" : "YTD.note_tweet.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "4"
        },
        {
          "fileName" : "data/tweets-part1.js",
          "globalName" : "YTD.tweets.part1",
          "count" : "3"
        }
      ]
    }
  }
}
