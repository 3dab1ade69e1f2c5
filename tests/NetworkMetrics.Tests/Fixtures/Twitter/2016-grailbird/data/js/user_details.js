var user_details =  {
  "screen_name" : "liv_andersen",
  "full_name" : "Liv Andersen",
  "bio" : "Librarian by the fjord",
  "id" : "800000001",
  "created_at" : "2010-06-01 12:00:00 +0000"
}
