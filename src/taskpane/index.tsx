import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';

// Office.onReady resolves inside Excel, and also outside any Office host (host null): the pane then relies on
// whatever provides Excel.run (the browser tests' fake host).
Office.onReady(() => {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
});
