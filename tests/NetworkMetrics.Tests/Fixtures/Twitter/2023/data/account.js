window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "maren.lind@example.org",
      "createdVia" : "web",
      "username" : "marenlind",
      "accountId" : "1200000001",
      "createdAt" : "2011-05-02T10:04:51.000Z",
      "accountDisplayName" : "Maren Lind 🌿"
    }
  }
]
