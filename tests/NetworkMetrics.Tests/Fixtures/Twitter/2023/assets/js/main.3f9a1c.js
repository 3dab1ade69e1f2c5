!function(){"use strict";var e=window.YTD||{};document.getElementById("root").textContent="Open this archive in a browser"}();
