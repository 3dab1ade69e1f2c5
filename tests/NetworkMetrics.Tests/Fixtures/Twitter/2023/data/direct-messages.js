window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1200000001-2100000001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2100000001",
            "reactions" : [
              {
                "senderId" : "2100000001",
                "reactionKey" : "like",
                "eventId" : "1630000000000000901",
                "createdAt" : "2023-03-01T18:06:30.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "See you at the trailhead at 7 then 🥾",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1630000000000000105",
            "createdAt" : "2023-03-01T18:05:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1200000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Weather looks good for Saturday",
            "mediaUrls" : [ ],
            "senderId" : "2100000001",
            "id" : "1630000000000000104",
            "createdAt" : "2023-03-01T17:59:12.120Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2100000001",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/AbCdEf1234",
                "expanded" : "https://example.org/ridge-route",
                "display" : "example.org/ridge-route"
              }
            ],
            "text" : "Route for the weekend: https://t.co/AbCdEf1234",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1630000000000000103",
            "createdAt" : "2023-02-27T21:00:00.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1200000001-2100000002",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1200000001",
            "reactions" : [
              {
                "senderId" : "1200000001",
                "reactionKey" : "heart",
                "eventId" : "1620000000000000903",
                "createdAt" : "2023-01-21T07:45:00.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "谢谢！照片太美了",
            "mediaUrls" : [ ],
            "senderId" : "2100000002",
            "id" : "1620000000000000203",
            "createdAt" : "2023-01-21T07:40:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2100000002",
            "reactions" : [
              {
                "senderId" : "2100000002",
                "reactionKey" : "excited",
                "eventId" : "1620000000000000902",
                "createdAt" : "2023-01-20T08:20:00.000Z"
              }
            ],
            "urls" : [ ],
            "text" : "Here are the sunrise photos from the summit",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1620000000000000202",
            "createdAt" : "2023-01-20T08:15:10.250Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1200000001",
            "text" : "Hi Maren! Lovely to meet you at the climbing wall",
            "senderId" : "2100000002",
            "id" : "871000000000000201",
            "createdAt" : "2017-06-05T12:00:00.000Z"
          }
        }
      ]
    }
  },
  {
    "dmConversation" : {
      "conversationId" : "1200000001-2100000001",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "2100000001",
            "reactions" : [ ],
            "urls" : [
              {
                "url" : "https://t.co/AbCdEf1234",
                "expanded" : "https://example.org/ridge-route",
                "display" : "example.org/ridge-route"
              }
            ],
            "text" : "Route for the weekend: https://t.co/AbCdEf1234",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1630000000000000103",
            "createdAt" : "2023-02-27T21:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1200000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Are you still up for the ridge trip?",
            "mediaUrls" : [ ],
            "senderId" : "2100000001",
            "id" : "1630000000000000102",
            "createdAt" : "2023-02-20T10:00:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2100000001",
            "reactions" : [ ],
            "urls" : [ ],
            "text" : "Kwame! Long time 👋",
            "mediaUrls" : [ ],
            "senderId" : "1200000001",
            "id" : "1630000000000000101",
            "createdAt" : "2023-02-19T09:30:00.000Z"
          }
        }
      ]
    }
  }
]
