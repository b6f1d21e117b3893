// The chain page: fetch the graph around a document and draw it as SVG with pan, zoom, a depth
// control, clickable nodes and a legend. Labels are set with textContent: never parsed as HTML.
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLOURS = {
    "căn cứ": "#1f77b4", "hướng dẫn": "#2ca02c", "sửa đổi": "#ff7f0e", "thay thế": "#d62728",
    "bãi bỏ": "#7f0000", "đính chính": "#9467bd", "hợp nhất": "#8c564b", "thực hiện": "#17becf",
    "dẫn chiếu": "#7f7f7f",
  };
  const COLUMN = 260, ROW = 70, W = 220, H = 48;
  const box = document.getElementById("chain");
  const svg = document.getElementById("chain-svg");
  const depthSelect = document.getElementById("depth");
  let view = { x: 0, y: 0, w: 1000, h: 600 };
  let fitted = view;

  function el(name, attrs, parent) {
    const node = document.createElementNS(SVG, name);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (parent) parent.appendChild(node);
    return node;
  }

  function columns(data) {
    const col = { [data.root]: 0 };
    const out = {}, into = {};
    data.edges.forEach((e) => {
      (out[e.source] = out[e.source] || []).push(e.target);
      (into[e.target] = into[e.target] || []).push(e.source);
    });
    [[out, 1], [into, -1]].forEach(([next, sign]) => {
      const queue = [data.root];
      while (queue.length) {
        const node = queue.shift();
        (next[node] || []).forEach((other) => {
          if (!(other in col)) { col[other] = col[node] + sign; queue.push(other); }
        });
      }
    });
    data.nodes.forEach((n) => { if (!(n.key in col)) col[n.key] = 0; });
    return col;
  }

  function place(data) {
    const col = columns(data);
    const rows = {}, at = {};
    const low = Math.min(...Object.values(col));
    data.nodes.slice().sort((a, b) => col[a.key] - col[b.key] || a.key.localeCompare(b.key)).forEach((n) => {
      const c = col[n.key];
      rows[c] = (rows[c] || 0) + 1;
      at[n.key] = { x: 20 + (c - low) * COLUMN, y: 20 + (rows[c] - 1) * ROW };
    });
    return at;
  }

  function draw(data) {
    svg.textContent = "";
    const at = place(data);
    const defs = el("defs", {}, svg);
    Object.entries(COLOURS).forEach(([rel, colour], i) => {
      const m = el("marker", { id: "arrow" + i, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7,
                              markerHeight: 7, orient: "auto" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: colour }, m);
    });
    const names = Object.keys(COLOURS);
    data.edges.forEach((e) => {
      const a = at[e.source], b = at[e.target];
      if (!a || !b) return;
      const i = Math.max(0, names.indexOf(e.relation));
      const forward = b.x >= a.x;
      const sx = forward ? a.x + W : a.x, ex = forward ? b.x : b.x + W;
      const sy = a.y + H / 2, ey = b.y + H / 2, mx = (sx + ex) / 2;
      const path = el("path", { d: `M${sx},${sy} C${mx},${sy} ${mx},${ey} ${ex},${ey}`, fill: "none",
                                stroke: COLOURS[names[i]], "stroke-width": 1.8, "marker-end": `url(#arrow${i})`,
                                class: "edge" }, svg);
      el("title", {}, path).textContent = `${e.relation}: ${e.sentence || ""}`;
    });
    data.nodes.forEach((n) => {
      const p = at[n.key];
      const g = el("g", { class: "node" + (n.root ? " root" : ""), transform: `translate(${p.x},${p.y})`,
                         "data-key": n.key, tabindex: 0 }, svg);
      el("rect", { width: W, height: H, rx: 6, fill: n.root ? "#ffe9a8" : (n.ingested ? "#dbe9f6" : "#f2f2f2"),
                   stroke: "#555" }, g);
      el("text", { x: 8, y: 18, "font-weight": "bold", "font-size": 12 }, g).textContent = n.key.split("@")[0];
      el("text", { x: 8, y: 36, "font-size": 11 }, g).textContent = [n.type, n.date].filter(Boolean).join(" · ");
      el("title", {}, g).textContent = n.title || n.key;
      g.style.cursor = "pointer";
      g.addEventListener("click", () => {
        window.location.href = n.doc_id ? "/doc/" + encodeURIComponent(n.doc_id)
                                        : "/cited/" + encodeURIComponent(n.key);
      });
    });
    const xs = Object.values(at).map((p) => p.x), ys = Object.values(at).map((p) => p.y);
    fitted = { x: Math.min(...xs) - 20, y: Math.min(...ys) - 20,
               w: Math.max(...xs) - Math.min(...xs) + W + 40, h: Math.max(...ys) - Math.min(...ys) + H + 40 };
    setView(fitted);
    svg.setAttribute("data-nodes", String(data.nodes.length));
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

  function load() {
    const depth = depthSelect.value;
    fetch(`/api/graph/${encodeURIComponent(box.dataset.doc)}?depth=${depth}`)
      .then((r) => r.json()).then(draw);
  }

  let drag = null;
  svg.addEventListener("mousedown", (e) => { drag = { x: e.clientX, y: e.clientY, view }; });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("mousemove", (e) => {
    if (!drag) return;
    const scale = view.w / svg.clientWidth;
    setView({ ...drag.view, x: drag.view.x - (e.clientX - drag.x) * scale, y: drag.view.y - (e.clientY - drag.y) * scale });
  });
  svg.addEventListener("wheel", (e) => { e.preventDefault(); zoom(e.deltaY > 0 ? 1.15 : 1 / 1.15); }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1 / 1.25));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(1.25));
  document.getElementById("zoom-reset").addEventListener("click", () => setView(fitted));
  depthSelect.addEventListener("change", load);
  legend();
  load();
})();
