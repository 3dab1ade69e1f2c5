window.YTD.direct_messages_group.part0 = [ ]
