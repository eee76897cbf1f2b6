// Browser entry: mounts the timeline page. Imports only the core and the app, never the pipeline.
// `?embed=1` (and `&theme=light|dark`) makes it the iframe embed; see README, Embedding.
/// <reference types="vite/client" />
import { mount } from 'svelte';
import App from './app/App.svelte';
import { frameOptions } from './app/frame';
import './app/styles.css';

const target = document.getElementById('app');
if (target) {
  const { embed, theme, layout } = frameOptions(location.search);
  if (embed) {
    // The iframe embed's layout and gestures come through the component context, in a chunk the
    // page itself never loads.
    void import('./app/embedding.svelte').then(({ embeddingContext }) => {
      mount(App, { target, props: { embed, theme }, context: embeddingContext(layout) });
    });
  } else {
    mount(App, { target, props: { embed, theme } });
  }
}
