import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './styles/base.css';
import './styles/chrome.css';
import './styles/widgets.css';
import './styles/conversation.css';
import './styles/graph.css';
import './styles/insights.css';
import './styles/voice.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
