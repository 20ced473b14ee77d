import type {Routes} from '@angular/router';
import {Story} from './story';
import {Russian} from './russian';

export const routes: Routes = [
  {path: '', component: Story},
  {path: 'ru', component: Russian},
];
