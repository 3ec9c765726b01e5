/**
 * The elements as React components (`photo-story-elements/react`), made with `@lit/react`: every
 * property is set as a property (`entry`, `items`, `comments`, `user`, `fetch`, `transform`), also on an
 * element registered after React rendered it, and each event has a camel-case handler typed by its
 * class (`onPhotoStoryLoad`, …). Importing it registers the tags. `react` and `@lit/react` are the
 * app's (optional peer dependencies).
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import './define.js';
import { CommentThread as CommentThreadElement } from './elements/comment-thread/comment-thread.js';
import type { CommentFailedEvent, CommentPostedEvent, CommentPostEvent } from './elements/comment-thread/events.js';
import type { LoginRequestEvent } from './elements/login-gate/events.js';
import { LoginGate as LoginGateElement } from './elements/login-gate/login-gate.js';
import type { NearbySelectEvent } from './elements/nearby-photos/events.js';
import { NearbyPhotos as NearbyPhotosElement } from './elements/nearby-photos/nearby-photos.js';
import type { PhotoStoryErrorEvent, PhotoStoryLoadEvent } from './elements/photo-story/events.js';
import { PhotoStory as PhotoStoryElement } from './elements/photo-story/photo-story.js';
import type { SessionChangeEvent } from './session/events.js';

type EventNames = Record<string, EventName | string>;
type Constructor<T> = new () => T;

const onSessionChange = 'session-change' as EventName<SessionChangeEvent>;
const onLoginRequest = 'login-request' as EventName<LoginRequestEvent>;
const onNearbySelect = 'nearby-select' as EventName<NearbySelectEvent>;

/** A React component of a tag: its class's properties as props, `events` as typed handlers. */
const component = <I extends HTMLElement, E extends EventNames>(tagName: string, elementClass: Constructor<I>, events: E) =>
  createComponent({ react: React, tagName, elementClass, events });

export const PhotoStory = component('photo-story', PhotoStoryElement, {
  onPhotoStoryLoad: 'photo-story-load' as EventName<PhotoStoryLoadEvent>,
  onPhotoStoryError: 'photo-story-error' as EventName<PhotoStoryErrorEvent>,
  onNearbySelect,
  onSessionChange,
});

export const NearbyPhotos = component('nearby-photos', NearbyPhotosElement, { onNearbySelect });

export const CommentThread = component('comment-thread', CommentThreadElement, {
  onCommentPost: 'comment-post' as EventName<CommentPostEvent>,
  onCommentPosted: 'comment-posted' as EventName<CommentPostedEvent>,
  onCommentFailed: 'comment-failed' as EventName<CommentFailedEvent>,
  onLoginRequest,
  onSessionChange,
});

export const LoginGate = component('login-gate', LoginGateElement, { onLoginRequest, onSessionChange });
