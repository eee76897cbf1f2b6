// Browser entry: mounts the timeline page. Imports only the core and the app, never the pipeline.
/// <reference types="vite/client" />
import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/styles.css';

const target = document.getElementById('app');
if (target) mount(App, { target });
