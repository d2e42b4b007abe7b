// The Print button of every page (partials/actions.html). One listener on the document:
// instant navigation replaces the page's content, and with it the button.
document.addEventListener("click", (event) => {
  if (event.target instanceof Element && event.target.closest("[data-print-page]")) {
    window.print();
  }
});
