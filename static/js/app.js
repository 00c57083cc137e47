// claimreview's own script. Keyboard shortcuts for the review desk live here; everything works
// without it (plain forms and links), so this file only adds speed.
(function () {
  "use strict";
})();
