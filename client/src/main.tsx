import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/layout.css';
import './styles/login.css';
import './styles/home.css';
import './styles/document.css';
import './styles/presence.css';
import './styles/outline.css';
import './styles/editor.css';
import './styles/sheet.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
