import { TabBar } from '../components/tab-bar'

// WeChat renders this component under each tab page (app.json tabBar.custom); on H5 the page shell
// renders the same TabBar. In Moments' single-page mode WeChat renders no tab bar at all.
export default function CustomTabBar() {
  return <TabBar />
}
