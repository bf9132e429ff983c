import { Route, Routes } from 'react-router-dom';
import { NotFound } from '../../../app/NotFound';
import { BatchDetailPage } from './BatchDetailPage';
import { BatchesPage } from './BatchesPage';

/** /enterprise-batches: 申报批次; /enterprise-batches/:id: one batch with its recommended enterprises. */
export default function BatchesModule() {
  return (
    <Routes>
      <Route index element={<BatchesPage />} />
      <Route path=":batchId" element={<BatchDetailPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
