// Browser entry: mounts the timeline page. Imports only the core and the app, never the pipeline.
// `?embed=1` (and `&theme=light|dark`) makes it the iframe embed; see README, Embedding.
/// <reference types="vite/client" />
import { mount } from 'svelte';
import App from './app/App.svelte';
import { frameOptions } from './app/frame';
import { embeddingContext } from './app/embedding.svelte';
import './app/styles.css';

const target = document.getElementById('app');
if (target) {
  const { embed, theme, layout } = frameOptions(location.search);
  // The iframe embed gets the embed's layout and gestures through the component context.
  mount(App, { target, props: { embed, theme }, context: embed ? embeddingContext(layout) : undefined });
}
