// Placeholder entry so the add-in builds; the task pane engineer replaces this file.
import { createRoot } from 'react-dom/client';

const el = document.getElementById('root');
if (el) createRoot(el).render(<p>LSA Workforce Audit</p>);
