import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

const apiServer = process.env.PLENARY_API ?? 'http://127.0.0.1:3000';

/**
 * The server rejects state-changing requests whose Origin is not its own (CSRF check), and the dev
 * server runs on another port: present the proxied requests as coming from the API's origin.
 */
function sameOriginProxy(ws: boolean): ProxyOptions {
  return {
    target: apiServer,
    changeOrigin: true,
    ws,
    configure(proxy) {
      proxy.on('proxyReq', (request) => request.setHeader('origin', apiServer));
      proxy.on('proxyReqWs', (request) => request.setHeader('origin', apiServer));
    },
  };
}

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': sameOriginProxy(false),
      '/sync': sameOriginProxy(true),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The document chunk is the editor stack (ProseMirror, Tiptap, Yjs), loaded only on document pages.
    chunkSizeWarningLimit: 800,
  },
});
