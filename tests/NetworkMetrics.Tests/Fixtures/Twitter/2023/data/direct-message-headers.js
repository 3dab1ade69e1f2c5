window.YTD.direct_message_headers.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1200000001-2100000001",
      "messages" : [
        {
          "messageCreate" : {
            "id" : "1630000000000000105",
            "senderId" : "1200000001",
            "recipientId" : "2100000001",
            "createdAt" : "2023-03-01T18:05:00.000Z"
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
            "id" : "1620000000000000202",
            "senderId" : "1200000001",
            "recipientId" : "2100000002",
            "createdAt" : "2023-01-20T08:15:10.250Z"
          }
        }
      ]
    }
  }
]
