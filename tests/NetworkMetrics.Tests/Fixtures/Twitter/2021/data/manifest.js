window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1300000001",
    "userName" : "aroha_n",
    "displayName" : "Aroha Ngata"
  },
  "archiveInfo" : {
    "sizeBytes" : "9120",
    "generationDate" : "2021-08-30T22:10:04.117Z",
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
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [
        {
          "fileName" : "data/direct-messages.js",
          "globalName" : "YTD.direct_messages.part0",
          "count" : "0"
        }
      ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [
        {
          "fileName" : "data/direct-messages-group.js",
          "globalName" : "YTD.direct_messages_group.part0",
          "count" : "0"
        }
      ]
    },
    "follower" : {
      "files" : [
        {
          "fileName" : "data/follower.js",
          "globalName" : "YTD.follower.part0",
          "count" : "0"
        }
      ]
    },
    "following" : {
      "files" : [
        {
          "fileName" : "data/following.js",
          "globalName" : "YTD.following.part0",
          "count" : "2"
        }
      ]
    },
    "tweet" : {
      "mediaDirectory" : "data/tweet_media",
      "files" : [
        {
          "fileName" : "data/tweet.js",
          "globalName" : "YTD.tweet.part0",
          "count" : "2"
        }
      ]
    }
  }
}
