import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../app/NotFound';
import { CallDetailPage } from './CallDetailPage';
import { CallsPage } from './CallsPage';
import { DrawPage } from './DrawPage';

/** /project-calls: calls and programmes; /project-calls/:id: one call; /project-calls/draws/:id: one draw record. */
export default function CallsModule() {
  return (
    <Routes>
      <Route index element={<CallsPage />} />
      <Route path="draws/:drawId" element={<DrawPage />} />
      <Route path=":id" element={<CallDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
