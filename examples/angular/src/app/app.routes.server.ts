import {RenderMode, type ServerRoute} from '@angular/ssr';

// Every page is rendered on the server for each request.
export const serverRoutes: ServerRoute[] = [{path: '**', renderMode: RenderMode.Server}];
