export interface GeneratedItem {
  id: number;
  type: 'story' | 'comment';
  author: string;
  text: string;
  children: GeneratedItem[];
  [field: string]: unknown;
}
export function generateHnThread(comments: number, seed?: number): GeneratedItem;
