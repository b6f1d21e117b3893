// The chain page: fetch the laid-out graph around a document (positions computed on the server by
// Graphviz dot) and draw it as SVG with pan (mouse or touch), zoom, a depth control kept in the URL,
// nodes that open on click or Enter, a progress line and a legend. Labels are set with textContent.
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = {
    "căn cứ": "#1f77b4", "hướng dẫn": "#2ca02c", "sửa đổi": "#ff7f0e", "thay thế": "#d62728",
    "bãi bỏ": "#7f0000", "đính chính": "#9467bd", "hợp nhất": "#8c564b", "thực hiện": "#17becf",
    "dẫn chiếu": "#7f7f7f",
  };
  const box = document.getElementById("chain");
  const svg = document.getElementById("chain-svg");
  const status = document.getElementById("chain-status");
  const depthSelect = document.getElementById("depth");
  let view = { x: 0, y: 0, w: 1000, h: 600 };
  let fitted = view;

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function edgePath(points) {
    if (points.length < 4) return "";
    let d = `M${points[0][0]},${points[0][1]}`;
    for (let i = 1; i + 2 < points.length; i += 3) {
      d += ` C${points[i][0]},${points[i][1]} ${points[i + 1][0]},${points[i + 1][1]} ${points[i + 2][0]},${points[i + 2][1]}`;
    }
    return d;
  }

  function straight(a, b, w) {
    return `M${a.x + w / 2},${a.y} L${b.x - w / 2},${b.y}`;
  }

  function open(n) {
    if (n.group) return;
    window.location.href = n.doc_id ? "/doc/" + encodeURIComponent(n.doc_id) : "/cited/" + encodeURIComponent(n.key);
  }

  function drawEdges(data, at, names) {
    data.edges.forEach((e) => {
      const i = Math.max(0, names.indexOf(e.relation));
      const d = edgePath(e.points || []) || straight(at[e.source], at[e.target], data.node_width);
      const path = el("path", { d: d, fill: "none", stroke: COLOURS[names[i]], "stroke-width": 1.6 + Math.min(3, (e.count || 1) - 1),
                                "marker-end": `url(#arrow${i})`, class: "edge" }, svg);
      el("title", {}, path).textContent = `${e.relation}: ${e.sentence || ""}`;
    });
  }

  function drawNode(n, w, h) {
    const g = el("g", { class: "node" + (n.root ? " root" : "") + (n.group ? " group" : ""),
                       transform: `translate(${n.x - w / 2},${n.y - h / 2})`, "data-key": n.key, tabindex: 0,
                       role: "link" }, svg);
    const fill = n.root ? "#ffe9a8" : n.group ? "#fff" : (n.ingested ? "#dbe9f6" : "#f2f2f2");
    el("rect", { width: w, height: h, rx: 6, fill: fill, stroke: "#555", "stroke-dasharray": n.group ? "4 3" : "none" }, g);
    el("text", { x: 8, y: 18, "font-weight": "bold", "font-size": 12 }, g).textContent = n.label || n.key;
    const date = n.date ? n.date.split("-").reverse().join("/") : "";
    el("text", { x: 8, y: 35, "font-size": 11 }, g).textContent = [n.type, date].filter(Boolean).join(" · ");
    el("title", {}, g).textContent = n.title || n.label || n.key;
    g.style.cursor = n.group ? "default" : "pointer";
    g.addEventListener("click", () => open(n));
    g.addEventListener("keydown", (event) => { if (event.key === "Enter") open(n); });
  }

  function draw(data) {
    const started = performance.now();
    svg.textContent = "";
    const defs = el("defs", {}, svg);
    const names = Object.keys(COLOURS);
    names.forEach((rel, i) => {
      const m = el("marker", { id: "arrow" + i, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7,
                              markerHeight: 7, orient: "auto" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: COLOURS[rel] }, m);
    });
    const at = {};
    data.nodes.forEach((n) => { at[n.key] = n; });
    drawEdges(data, at, names);
    data.nodes.forEach((n) => drawNode(n, data.node_width, data.node_height));
    fitted = { x: -20, y: -20, w: Math.max(data.width, 200) + 40, h: Math.max(data.height, 100) + 40 };
    setView(fitted);
    svg.setAttribute("data-nodes", String(data.nodes.length));
    svg.setAttribute("data-layout", data.layout);
    const hidden = (data.groups || []).reduce((sum, g) => sum + g.hidden, 0);
    status.textContent = `${data.nodes.length} văn bản` + (hidden ? ` (${hidden} văn bản gộp vào các ô “+… văn bản khác”)` : "")
      + ` · dựng trong ${((performance.now() - t0) / 1000).toFixed(1)} giây`;
    status.dataset.state = "done";
    status.dataset.drawMs = String(Math.round(performance.now() - started));
    status.dataset.ms = String(Math.round(performance.now() - t0));  // request, layout and drawing
  }

  function setView(v) {
    view = v;
    svg.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  }

  function zoom(factor) {
    const cx = view.x + view.w / 2, cy = view.y + view.h / 2;
    setView({ x: cx - (view.w * factor) / 2, y: cy - (view.h * factor) / 2, w: view.w * factor, h: view.h * factor });
  }

  function legend() {
    const holder = document.getElementById("legend");
    Object.entries(COLOURS).forEach(([rel, colour]) => {
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = colour;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(rel));
      holder.appendChild(item);
    });
  }

  let t0 = performance.now();
  function load() {
    const depth = depthSelect.value;
    const url = new URL(window.location.href);
    url.searchParams.set("depth", depth);
    window.history.replaceState(null, "", url);
    t0 = performance.now();
    status.dataset.state = "loading";
    status.textContent = "Đang dựng sơ đồ…";
    const ticker = window.setInterval(() => {
      status.textContent = `Đang dựng sơ đồ… ${((performance.now() - t0) / 1000).toFixed(0)} giây`;
    }, 1000);
    fetch(`/api/graph/${encodeURIComponent(box.dataset.doc)}?depth=${depth}`)
      .then((r) => { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then((data) => { window.clearInterval(ticker); draw(data); })
      .catch(() => { window.clearInterval(ticker); status.textContent = "Không dựng được sơ đồ."; status.dataset.state = "failed"; });
  }

  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.target.closest && e.target.closest("g.node")) return;
    drag = { x: e.clientX, y: e.clientY, view };
    svg.setPointerCapture(e.pointerId);
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointercancel", () => { drag = null; });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const scale = view.w / svg.clientWidth;
    setView({ ...drag.view, x: drag.view.x - (e.clientX - drag.x) * scale, y: drag.view.y - (e.clientY - drag.y) * scale });
  });
  svg.style.touchAction = "none";
  svg.addEventListener("wheel", (e) => { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15); }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1 / 1.25));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(1.25));
  document.getElementById("zoom-reset").addEventListener("click", () => setView(fitted));
  depthSelect.addEventListener("change", load);
  legend();
  load();
})();
