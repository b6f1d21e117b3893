// The upload page: drag and drop onto the box fills the file input (the form posts as usual);
// the progress page polls the upload's state and reloads when the extraction has finished.
(function () {
  const drop = document.getElementById("drop");
  const input = document.getElementById("file");
  if (drop && input) {
    ["dragenter", "dragover"].forEach((name) => drop.addEventListener(name, (event) => {
      event.preventDefault();
      drop.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((name) => drop.addEventListener(name, () => drop.classList.remove("over")));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length) input.files = event.dataTransfer.files;
    });
  }
  const state = document.getElementById("upload-state");
  if (!state) return;
  function poll() {
    fetch("/api/uploads/" + encodeURIComponent(state.dataset.token))
      .then((r) => r.json())
      .then((s) => {
        document.getElementById("upload-label").textContent = s.label;
        document.getElementById("upload-seconds").textContent = String(s.seconds);
        state.dataset.state = s.state;
        if (s.state === "queued" || s.state === "extracting") window.setTimeout(poll, 700);
        else window.location.reload();
      })
      .catch(() => window.setTimeout(poll, 2000));
  }
  window.setTimeout(poll, 500);
})();
