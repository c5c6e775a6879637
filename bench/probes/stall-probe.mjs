// Two probes of the server, in a process of its own (the benchmark's clients would delay a probe that shares their
// event loop), each every 5 ms; on stdin's end it prints the longest of each beyond its median, in ms:
// - `stallMs`: a WebSocket ping on a sync socket of a small document. The server's socket library answers it as soon
//   as the event loop reads the socket, so its wait is the server's event-loop stall;
// - `requestWaitMs`: a cheap API route. A request also waits its turn behind the requests that came before it, so
//   this is the longest a cheap request waited, not a stall of the loop.
// Arguments: the cheap route's URL, then the sync socket's URL, the session cookie and the page origin.
import WebSocket from 'ws';

const [url, syncUrl, cookie, origin] = process.argv.slice(2);
let running = true;
process.stdin.on('end', () => (running = false));
process.stdin.resume();

const pause = () => new Promise((r) => setTimeout(r, 5));

async function probeRequests() {
  const times = [];
  while (running) {
    const start = performance.now();
    try {
      await fetch(url).then((r) => r.arrayBuffer());
      times.push(performance.now() - start);
    } catch {
      // The server is going away (a restart, or the run failed): what was measured until then stands.
      break;
    }
    await pause();
  }
  return times;
}

async function probePings() {
  const times = [];
  const socket = new WebSocket(syncUrl, { headers: { cookie, origin } });
  const opened = await new Promise((resolve) => {
    socket.once('open', () => resolve(true));
    socket.once('error', () => resolve(false));
  });
  if (!opened) throw new Error(`The probe's sync socket did not open: ${syncUrl}`);
  socket.on('error', () => {});
  let answer = () => {};
  socket.on('pong', () => answer(true));
  socket.on('close', () => answer(false));
  while (running && socket.readyState === WebSocket.OPEN) {
    const start = performance.now();
    const ponged = await new Promise((resolve) => {
      answer = resolve;
      socket.ping();
    });
    if (!ponged) break;
    times.push(performance.now() - start);
    await pause();
  }
  socket.terminate();
  return times;
}

function longestBeyondMedian(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.length ? sorted.at(-1) - sorted[Math.floor(sorted.length / 2)] : 0;
}

const [requests, pings] = await Promise.all([probeRequests(), probePings()]);
console.log(
  JSON.stringify({
    stallMs: longestBeyondMedian(pings),
    requestWaitMs: longestBeyondMedian(requests),
    samples: { pings: pings.length, requests: requests.length },
  }),
);
