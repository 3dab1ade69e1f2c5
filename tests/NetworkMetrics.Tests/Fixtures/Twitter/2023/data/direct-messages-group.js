window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1550000000000000001",
      "messages" : [
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "2100000001",
            "name" : "Fjellturen 2023 ⛰️",
            "createdAt" : "2023-02-10T12:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Just the two of us left then 😄",
            "mediaUrls" : [ ],
            "senderId" : "2100000001",
            "id" : "1624000000000000005",
            "createdAt" : "2023-02-09T20:00:00.000Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "2100000005"
            ],
            "createdAt" : "2023-02-09T08:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [
              {
                "senderId" : "2100000001",
                "reactionKey" : "agree",
                "eventId" : "1624000000000000904",
                "createdAt" : "2023-02-08T19:05:00.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "Booked the cabin for both nights",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1624000000000000004",
            "createdAt" : "2023-02-08T19:00:00.000Z"
          }
        },
        {
          "participantsLeave" : {
            "userIds" : [
              "2100000004",
              "2100000003"
            ],
            "createdAt" : "2023-02-08T10:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi all, thanks for adding me!",
            "mediaUrls" : [ ],
            "senderId" : "2100000005",
            "id" : "1624000000000000003",
            "createdAt" : "2023-02-07T15:00:00.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1550000000000000001",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Hi all, thanks for adding me!",
            "mediaUrls" : [ ],
            "senderId" : "2100000005",
            "id" : "1624000000000000003",
            "createdAt" : "2023-02-07T15:00:00.000Z"
          }
        },
        {
          "participantsJoin" : {
            "initiatingUserId" : "2100000003",
            "userIds" : [
              "2100000005"
            ],
            "createdAt" : "2023-02-07T09:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Count me in! I can drive",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1624000000000000002",
            "createdAt" : "2023-02-06T18:30:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Who's in for the ridge trip?",
            "mediaUrls" : [ ],
            "senderId" : "2100000001",
            "id" : "1624000000000000001",
            "createdAt" : "2023-02-06T18:00:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "2100000001",
            "participantsSnapshot" : [
              "2100000001",
              "2100000003",
              "2100000004",
              "1200000001"
            ],
            "createdAt" : "2023-02-06T17:55:00.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1550000000000000002",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Lunch on Friday works for me",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1610000000000000003",
            "createdAt" : "2023-01-05T10:10:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Friday then? 🍜",
            "mediaUrls" : [ ],
            "senderId" : "2100000009",
            "id" : "1610000000000000002",
            "createdAt" : "2023-01-05T10:05:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "We should all meet up in the new year ✨",
            "mediaUrls" : [ ],
            "senderId" : "2100000006",
            "id" : "1610000000000000001",
            "createdAt" : "2023-01-05T10:00:00.000Z"
          }
        }
      ]
    }
  }
]
