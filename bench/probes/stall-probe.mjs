// Fetches a cheap route of the server every 5 ms, in a process of its own (the benchmark's clients would delay a
// probe that shares their event loop), and on stdin's end prints the longest wait beyond the median, in ms.
const url = process.argv[2];
const times = [];
let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();
while (running) {
  const start = performance.now();
  try {
    await fetch(url).then((r) => r.arrayBuffer());
    times.push(performance.now() - start);
  } catch {
    // The server is going away (a restart, or the run failed): what was measured until then stands.
    break;
  }
  await new Promise((r) => setTimeout(r, 5));
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
console.log(JSON.stringify({ stallMs: sorted.length ? sorted.at(-1) - median : 0, samples: sorted.length }));
