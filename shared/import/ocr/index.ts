// OCR: the engine contract the host implements, and recognised pages → positioned text.
export { LOW_OCR_CONFIDENCE, OcrImageError, isLowConfidence, type OcrEngine, type OcrImage, type OcrLine, type OcrPage, type OcrRecognizeOptions } from './types';
export { ocrPageSegments } from './ocrSegments';
export { recognizePages } from './recognizePages';
