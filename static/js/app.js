// claimreview's own script: keyboard shortcuts for the review desk and focus after htmx swaps.
// Everything works without it (plain forms and links); this file only adds speed.
(function () {
  "use strict";

  // The verdicts, their keys and where typing starts come from the page: each radio of the
  // verdict form carries data-key and data-focus (rendered from claimreview.models), so this
  // file has no list of its own.
  function verdictRadio(key) {
    var form = document.getElementById("verdict-form");
    if (!form || !key) return null;
    var radios = form.querySelectorAll('input[name="verdict"][data-key]');
    for (var i = 0; i < radios.length; i++) {
      if (radios[i].dataset.key === key) return radios[i];
    }
    return null;
  }

  function desk() { return document.getElementById("desk"); }

  // The desk's other keyed actions ("no check needed", skip): a button with data-key that
  // submits its own form (the form attribute), rendered from claimreview.models like the radios.
  function keyedButton(key) {
    var area = desk();
    if (!area || !key) return null;
    var buttons = area.querySelectorAll("button[data-key]");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].dataset.key === key && buttons[i].form && !buttons[i].disabled) return buttons[i];
    }
    return null;
  }

  function typing(target) {
    var tag = target && target.tagName;
    if (tag === "TEXTAREA" || tag === "SELECT") return true;
    if (tag === "INPUT") return !["radio", "checkbox", "submit", "button"].includes(target.type);
    return target && target.isContentEditable;
  }

  function submit(form) {
    // An htmx form goes through htmx (swap, no page load); a plain one is submitted normally.
    // htmx wires up swapped-in content only when it settles, a moment after the swap: a key
    // pressed in between would find the new form not yet wired and be lost, so wire it now
    // (process() leaves an already wired form as it is).
    if (window.htmx && form.hasAttribute("hx-post")) {
      window.htmx.process(form);
      window.htmx.trigger(form, "submit");
    } else if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  }

  function chooseVerdict(radio) {
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
    // Go where the typing starts (a name for some verdicts, a note for others): the radio says.
    var next = radio.dataset.focus && document.getElementById(radio.dataset.focus);
    if (next) {
      next.focus();
      // A prefilled single-line field (the source's name) is selected, to be replaced or kept.
      if (next.tagName === "INPUT" && next.select) next.select();
    }
  }

  document.addEventListener("keydown", function (event) {
    var form = document.getElementById("verdict-form");
    if (!form || event.altKey || event.metaKey) return;
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      desk() && desk().focus();
      return;
    }
    if (event.key === "Enter" && event.ctrlKey && form.contains(event.target)) {
      event.preventDefault();
      submit(form);
      return;
    }
    if (typing(event.target) || event.ctrlKey) return;
    var key = event.key.toLowerCase();
    var radio = key.length === 1 ? verdictRadio(key) : null;
    var button = key.length === 1 && !radio ? keyedButton(key) : null;
    if (radio) {
      event.preventDefault();
      chooseVerdict(radio);
    } else if (button) {
      event.preventDefault();
      submit(button.form);
    } else if (event.key === "Enter" && ["BUTTON", "A"].includes(event.target.tagName)) {
      return; // Enter on a focused button or link presses that one, not "save"
    } else if (event.key === "Enter" && (event.target === document.body || form.contains(event.target) || event.target === desk())) {
      event.preventDefault();
      submit(form);
    }
  });

  function markChosen() {
    document.querySelectorAll(".verdict-option").forEach(function (label) {
      var input = label.querySelector("input");
      label.classList.toggle("chosen", !!(input && input.checked));
    });
  }
  document.addEventListener("change", markChosen);

  // "Said by" prefilled with the engine's speaker is marked as a suggestion (class "suggested",
  // rendered by the page) until the reviewer changes it.
  document.addEventListener("input", function (event) {
    var field = event.target;
    if (field && field.dataset && field.dataset.suggested !== undefined) {
      field.classList.toggle("suggested", field.value === field.dataset.suggested);
    }
  });

  // After a save or skip swaps in the next claim, put focus on the desk so keys work at once.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    markChosen();
    var target = event.detail && event.detail.target;
    if (target && target.id === "desk" || desk()) {
      var first = document.querySelector('#verdict-form input[name="verdict"]:checked') || desk();
      if (first) first.focus({ preventScroll: false });
      window.scrollTo({ top: 0 });
    }
  });
  // Answers htmx does not swap (a 403 after a role was taken away, a 404, a 500, no network):
  // say so above the page instead of doing nothing. 400, 409 and 422 are swapped (see the
  // htmx-config meta tag in base.html): the desk partial explains those itself.
  function showError(text) {
    var main = document.getElementById("main");
    if (!main) return;
    var box = document.getElementById("request-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "request-error";
      box.className = "message message-error";
      box.setAttribute("role", "alert");
      main.insertBefore(box, main.firstChild);
    }
    box.textContent = text;
  }
  document.body.addEventListener("htmx:responseError", function (event) {
    var status = event.detail && event.detail.xhr ? event.detail.xhr.status : 0;
    showError(status === 403
      ? "You are not allowed to do that any more (your role may have changed). Reload the page."
      : "That didn't work (the server answered " + status + "). Reload the page and try again.");
  });
  document.body.addEventListener("htmx:sendError", function () {
    showError("The server can't be reached. Check the connection and try again.");
  });

  document.addEventListener("DOMContentLoaded", function () {
    markChosen();
    if (desk() && !document.activeElement.matches("input, textarea")) desk().focus();
  });
})();
