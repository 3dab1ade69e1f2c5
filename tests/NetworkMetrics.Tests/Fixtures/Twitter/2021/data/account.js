window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "aroha.ngata@example.com",
      "createdVia" : "oauth:49625052",
      "username" : "aroha_n",
      "accountId" : "1300000001",
      "createdAt" : "2014-04-11T03:12:44.000Z",
      "accountDisplayName" : "Aroha Ngata"
    }
  }
]
