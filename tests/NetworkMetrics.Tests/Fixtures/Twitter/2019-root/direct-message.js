window.YTD.direct_message.part0 = [ {
  "dmConversation" : {
    "conversationId" : "900000001-950000001",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "950000001",
        "text" : "Thanks for the book tip, reading it now",
        "senderId" : "900000001",
        "id" : "912345678901234502",
        "createdAt" : "2017-11-03T21:14:07.911Z"
      }
    }, {
      "messageCreate" : {
        "recipientId" : "900000001",
        "text" : "You have to read Things Fall Apart 📚",
        "senderId" : "950000001",
        "id" : "912345678901234501",
        "createdAt" : "2017-11-02T08:01:55.004Z"
      }
    } ]
  }
}, {
  "dmConversation" : {
    "conversationId" : "900000001-950000004",
    "messages" : [ {
      "messageCreate" : {
        "recipientId" : "900000001",
        "text" : "Merci pour l'invitation !",
        "senderId" : "950000004",
        "id" : "1090000000000000301",
        "createdAt" : "2019-02-28T16:45:00.000Z"
      }
    } ]
  }
} ]
