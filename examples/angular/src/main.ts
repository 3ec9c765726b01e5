import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { EntryJson } from 'photo-story-elements';
import 'photo-story-elements/define.js';
import { NearbySelectEvent, PhotoStoryLoadEvent } from 'photo-story-elements/events.js';

/** The archive: `?archive=<its /archive/api/ URL>` (the demo server's), else this page's own. */
const archive = new URLSearchParams(location.search).get('archive') ?? `${location.origin}/archive/api/`;

@Component({
  selector: 'app-root',
  // The library's tags are custom elements: Angular leaves them to the browser and binds their properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Angular</h1>
      <photo-story id="component" [src]="src()" (photo-story-load)="loaded($event, '')" (nearby-select)="picked($event)"></photo-story>
      <photo-story id="tag" heading-level="2" [entry]="local" (photo-story-load)="loaded($event, 'tag ')"></photo-story>
      <output id="log">{{ log().join('\\n') }}</output>
    </main>
  `,
})
class App {
  readonly src = signal(`${archive}photos/leon-trotsky-arrival-mexico.json`);
  readonly log = signal<string[]>([]);

  /** An entry the app already has, in the JSON format: typed, and shown without a request. */
  readonly local: EntryJson = { title: 'A record the app already has', story: 'Written by the app itself.', contributor: { name: 'The app' } };

  /** Angular types a custom event as `Event`: the event's class narrows it. */
  loaded(event: Event, which: string): void {
    if (event instanceof PhotoStoryLoadEvent) this.note(`${which}loaded: ${event.detail.entry.title}`);
  }

  /** A picked nearby photo becomes the story, in place. */
  picked(event: Event): void {
    if (!(event instanceof NearbySelectEvent) || !event.detail.item.src) return;
    event.preventDefault();
    this.note(`picked: ${event.detail.item.title}`);
    this.src.set(event.detail.item.src);
  }

  private note(line: string): void {
    this.log.update((lines) => [...lines, line]);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
