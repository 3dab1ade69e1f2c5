window.YTD.account.part0 = [ {
  "account" : {
    "phoneNumber" : "+15555550100",
    "email" : "idris.bakare@example.net",
    "createdVia" : "web",
    "username" : "idrisb",
    "accountId" : "900000001",
    "createdAt" : "2012-09-14T18:22:03.000Z",
    "accountDisplayName" : "Idris Bakare"
  }
} ]
